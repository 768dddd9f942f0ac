// The finding moved from line 9 to line 17 (and gained spaces): its fingerprint, and so its
// baseline match, did not change. The baseline entry whose field was removed is reported as fixed.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
def found = json.findings.collect { "${it.requirement} ${it.file}:${it.line} ${it.status}".toString() }
assert found == ['GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:17 baseline'] : found
assert json.summary.active == 0 && json.summary.fixed == 1
assert json.baseline.fixed[0].subject == 'Learner.voiceSample'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/edcomply/edcomply.sarif'))
assert sarif.runs[0].results[0].baselineState == 'unchanged'
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] EdComply: 1 finding accepted in the baseline (not counted); 1 fixed since it was written')
assert log.contains('[INFO]  FIXED  GDPR-9-SPECIAL-CATEGORY  src/main/java/it/Learner.java  Learner.voiceSample')
assert log.contains('EdComply: no findings at or above HIGH (failOn=HIGH)')
return true
