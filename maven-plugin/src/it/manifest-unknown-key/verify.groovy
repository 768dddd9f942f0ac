// A misspelt manifest key fails the build with file:line:column, a hint, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains("EdComply: edcomply.yaml:3:3: unknown key 'minage' in audience; did you mean 'minAge'? Allowed keys: customerTypes, directedToChildren, likelyAccessedByChildren, minAge.")
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
assert !new File(basedir, 'target/edcomply/findings.json').exists()
return true
