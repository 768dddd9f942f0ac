// The finding moved from line 9 to line 17 (and gained spaces): its fingerprint, and so its
// baseline match, did not change. The baseline entry whose field was removed is reported as fixed.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
// only the requirement under test: the project's other obligations are not what this test is about
def found = json.findings.findAll { it.requirement == 'GDPR-9-SPECIAL-CATEGORY' }.collect { "${it.requirement} ${it.file}:${it.line} ${it.status}".toString() }
assert found == ['GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:17 baseline'] : found
assert json.findings.findAll { it.status == 'active' && it.severity in ['BLOCKER', 'HIGH'] }.isEmpty()
assert json.summary.fixed == 1
assert json.baseline.fixed[0].subject == 'Learner.voiceSample'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/edcomply/edcomply.sarif'))
assert sarif.runs[0].results.find { it.ruleId == 'GDPR-9-SPECIAL-CATEGORY' }.baselineState == 'unchanged'
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] EdComply: 1 finding accepted in the baseline (not counted); 1 fixed since it was written')
assert log.contains('[INFO]  FIXED  GDPR-9-SPECIAL-CATEGORY  src/main/java/it/Learner.java  Learner.voiceSample')
assert log.contains('EdComply: no findings at or above HIGH (failOn=HIGH)')
return true
