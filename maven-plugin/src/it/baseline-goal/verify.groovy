// mvn edcomply:baseline records today's findings; check then accepts them and fails on nothing.
import groovy.json.JsonSlurper
def baseline = new JsonSlurper().parse(new File(basedir, 'edcomply-baseline.json'))
assert baseline.findings.collect { "${it.requirement} ${it.file}".toString() }.containsAll(
        ['COPPA-PARENTAL-CONSENT edcomply.yaml', 'GDPR-8-PARENTAL-CONSENT edcomply.yaml',
         'GDPR-9-SPECIAL-CATEGORY src/main/java/it/Learner.java']) : baseline.findings
baseline.findings.each { assert it.fingerprint ==~ /[0-9a-f]{32}/ && !it.containsKey('line') }
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
assert json.findings.every { it.status == 'baseline' } && json.summary.baseline == baseline.findings.size()
assert json.summary.fixed == 0
return true
