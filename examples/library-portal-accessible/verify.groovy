// The accessible twin passes: an empty findings.json and no warnings from EdComply.
import groovy.json.JsonSlurper

def report = new File(basedir, 'target/edcomply/findings.json')
assert report.isFile()
def json = new JsonSlurper().parse(report)
assert json.findings.isEmpty() : "unexpected findings: ${json.findings.collect { it.requirement + ' ' + it.file + ':' + it.line }}"
assert json.jurisdictions == ['edcomply', 'eu-en-301-549', 'us-ada-title-ii']
assert json.summary.files == 10 : "the manifest and all 9 templates are read: ${json.summary.files}"
def log = new File(basedir, 'build.log').text
assert log.contains('EdComply: no findings at or above HIGH (failOn=HIGH)')
assert !log.contains('[WARNING] EdComply')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
