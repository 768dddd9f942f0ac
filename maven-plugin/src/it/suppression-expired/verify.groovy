// An expired suppression no longer applies and is itself reported; an active one keeps its finding
// visible as suppressed, in every report.
import groovy.json.JsonSlurper
def out = new File(basedir, 'target/edcomply')
['findings.json', 'edcomply.html', 'edcomply.sarif', 'TEST-edcomply.xml', 'gl-code-quality-report.json',
 'edcomply-summary.md', 'data-inventory.csv'].each { assert new File(out, it).isFile() : "report ${it} written before the build failed" }

def json = new JsonSlurper().parse(new File(out, 'findings.json'))
def tested = ['EDC-SUPPRESSION-EXPIRED', 'GDPR-9-SPECIAL-CATEGORY']
def ours = json.findings.findAll { it.requirement in tested }
def found = ours.collect { "${it.severity} ${it.requirement} ${it.file}:${it.line} ${it.status}".toString() }
assert found == ['LOW EDC-SUPPRESSION-EXPIRED src/main/java/it/Learner.java:10 active',
                 'HIGH GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:11 active',
                 'HIGH GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:15 suppressed'] : found
assert ours[0].message.contains('expired on 2020-01-31')
assert ours[2].suppression.reason == 'School nurse records; DPIA-2025-04'
assert ours[2].suppression.source == 'code'
assert json.suppressions.collect { it.state } == ['expired', 'applied']

def sarif = new JsonSlurper().parse(new File(out, 'edcomply.sarif'))
def results = sarif.runs[0].results.findAll { it.ruleId in tested }
assert results.size() == 3
assert results[2].suppressions[0].kind == 'inSource' && results[2].suppressions[0].justification == 'School nurse records; DPIA-2025-04'
assert !results[1].suppressions

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] EdComply: 1 finding at or above HIGH (failOn=HIGH)')
assert log.contains('[ERROR]  HIGH  GDPR-9-SPECIAL-CATEGORY  src/main/java/it/Learner.java:11  ')
assert log.contains('[WARNING]  LOW  EDC-SUPPRESSION-EXPIRED  src/main/java/it/Learner.java:10  Expired suppression no longer applies: GDPR-9-SPECIAL-CATEGORY on Learner.faceTemplate')
assert log.contains('[INFO]  HIGH  GDPR-9-SPECIAL-CATEGORY  src/main/java/it/Learner.java:15  ')
// the failure message itself lists what blocks, with file:line and citation
assert log.contains('HIGH GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java:11 (GDPR Art. 9(1), 9(2)(a))')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
