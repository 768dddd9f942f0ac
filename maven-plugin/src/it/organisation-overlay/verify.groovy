// An overlay raised one severity, disabled one requirement with its reason, and added its own.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
// the requirements the overlay touches; the project's other COPPA obligations are not what this tests
def found = json.findings.findAll { it.requirement in ['COPPA-SECURE-SESSION-COOKIE', 'ACME-HTTPONLY-COOKIE', 'COPPA-PARENTAL-CONSENT'] }.collect { "${it.severity} ${it.requirement} ${it.file}:${it.line}".toString() }
assert found == ['HIGH COPPA-SECURE-SESSION-COOKIE src/main/resources/application.properties:1',
                 'HIGH ACME-HTTPONLY-COOKIE src/main/resources/application.properties:2'] : found
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] EdComply: COPPA-PARENTAL-CONSENT disabled at src/compliance/jurisdictions/us-coppa.yaml:7:5: '
        + 'Schools enrol every pupil under their COPPA school authorization (district contract clause 4.2).')
assert log.contains('[ERROR]  HIGH  ACME-HTTPONLY-COOKIE  src/main/resources/application.properties:2  Scripts can read the session cookie')
return true
