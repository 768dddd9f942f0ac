// A suppression that matches nothing is reported where it is written and, with
// failOnStaleSuppressions, fails the build; the one that applies keeps its finding as suppressed.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
def found = json.findings.findAll { it.requirement in ['EDC-SUPPRESSION-STALE', 'GDPR-32-SECURE-SESSION-COOKIE'] }.collect { "${it.severity} ${it.requirement} ${it.file}:${it.line} ${it.status}".toString() }
assert found == ['LOW EDC-SUPPRESSION-STALE edcomply-suppressions.yaml:8 active',
                 'HIGH GDPR-32-SECURE-SESSION-COOKIE src/main/resources/application.properties:2 suppressed'] : found
def suppressed = json.findings.find { it.requirement == 'GDPR-32-SECURE-SESSION-COOKIE' }.suppression
assert suppressed.source == 'file' && suppressed.approver == 'dpo@district.example' && suppressed.until == '2099-06-30'
assert json.suppressions.collect { it.state } == ['applied', 'stale']

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] EdComply: 1 finding at or above HIGH or stale suppressions (failOn=HIGH)')
assert log.contains('[ERROR]  LOW  EDC-SUPPRESSION-STALE  edcomply-suppressions.yaml:8  Stale suppression matches no finding: GDPR-9-SPECIAL-CATEGORY on src/main/java/legacy/**')
assert log.contains('LOW EDC-SUPPRESSION-STALE edcomply-suppressions.yaml:8 (EdComply reports suppressions that no longer suppress anything)')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
