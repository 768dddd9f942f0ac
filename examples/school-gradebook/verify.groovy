// The compliant example passes: an empty findings.json and no warnings from EdComply.
import groovy.json.JsonSlurper

def report = new File(basedir, 'target/edcomply/findings.json')
assert report.isFile()
def json = new JsonSlurper().parse(report)
assert json.findings.isEmpty() : "unexpected findings: ${json.findings.collect { it.requirement + ' ' + it.file + ':' + it.line }}"
assert json.jurisdictions == ['edcomply', 'eu-gdpr', 'us-coppa']
def log = new File(basedir, 'build.log').text
assert log.contains('EdComply: no findings at or above HIGH (failOn=HIGH)')
assert !log.contains('[WARNING] EdComply')
return true
