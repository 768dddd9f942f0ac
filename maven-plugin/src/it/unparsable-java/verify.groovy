// A file that does not parse is a finding at its first error; the file next to it is still checked.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
def found = json.findings.findAll { it.severity in ['BLOCKER', 'HIGH'] }
        .collect { "${it.requirement} ${it.file}:${it.line}".toString() }
assert found == ['GDPR-9-SPECIAL-CATEGORY src/main/java/it/Applicant.java:8',
                 'EDC-UNPARSABLE src/main/java/it/Broken.java:5'] : found
def broken = json.findings.find { it.requirement == 'EDC-UNPARSABLE' }
assert broken.message.startsWith('This file could not be analysed, so its compliance is unknown: Java source could not be fully parsed:')
return true
