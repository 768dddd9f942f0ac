// Without edcomply.yaml the build fails with one finding that says how to create it.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
assert json.findings.size() == 1
def f = json.findings[0]
assert f.requirement == 'EDC-NO-MANIFEST' && f.file == 'edcomply.yaml' && f.severity == 'HIGH'
assert f.remediation.contains('Create edcomply.yaml next to pom.xml')
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR]  HIGH  EDC-NO-MANIFEST  edcomply.yaml  No compliance manifest: there is no edcomply.yaml at the module root.')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
