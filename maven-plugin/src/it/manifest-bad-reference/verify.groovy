// Every problem of the manifest is reported at once, each at its line, and nothing is analysed.
def log = new File(basedir, 'build.log').text
assert log.contains("EdComply: edcomply.yaml:3:9: assessments.dpia refers to 'docs/dpia.md', which does not exist in the project; did you mean 'DPIA.md' in the same folder?")
assert log.contains("edcomply.yaml:5:12: breach.runbook refers to '../../shared/runbook.md', which points outside the project")
assert log.contains("edcomply.yaml:7:13: 'UK' in hosting.regions[0] is not an ISO 3166 country code; did you mean 'GB'?")
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
assert !new File(basedir, 'target/edcomply/findings.json').exists()
return true
