// The baseline accepts faceTemplate; the new medication field fails the build, alone.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
def found = json.findings.findAll { it.requirement == 'GDPR-9-SPECIAL-CATEGORY' }.collect { "${it.requirement} ${it.file}:${it.line} ${it.status}".toString() }
assert found == ['GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:9 baseline',
                 'GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:13 active'] : found
def sarif = new JsonSlurper().parse(new File(basedir, 'target/edcomply/edcomply.sarif'))
assert sarif.runs[0].results.findAll { it.ruleId == 'GDPR-9-SPECIAL-CATEGORY' }.collect { it.baselineState } == ['unchanged', 'new']
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] EdComply: 1 finding at or above HIGH (failOn=HIGH)')
assert log.contains('[ERROR]  HIGH  GDPR-9-SPECIAL-CATEGORY  src/main/java/it/Learner.java:13  Learner.medication is HEALTH data')
assert !log.contains('[ERROR]  HIGH  GDPR-9-SPECIAL-CATEGORY  src/main/java/it/Learner.java:9 ')
assert log.contains('HIGH GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:13 (GDPR Art. 9(1), 9(2)(a))')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
