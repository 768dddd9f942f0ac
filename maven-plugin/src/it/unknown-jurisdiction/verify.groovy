def log = new File(basedir, 'build.log').text
assert log =~ /EdComply: edcomply\.yaml:1:17: unknown jurisdiction 'us-copa'; did you mean 'us-coppa'\? Available: [a-z0-9, -]+\./
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
