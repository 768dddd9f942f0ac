import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/compliance/findings.json'))
assert json.jurisdictions == ['edcomply', 'eu-gdpr']
assert json.findings.collect { it.requirement } == ['GDPR-13-PRIVACY-NOTICE', 'GDPR-17-ERASURE-PROCESS', 'GDPR-33-BREACH-DECLARED',
        'GDPR-8-PARENTAL-CONSENT', 'GDPR-32-SAMESITE-SESSION-COOKIE', 'GDPR-32-SECURE-SESSION-COOKIE']
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] EdComply: 6 findings below BLOCKER (not failing the build)')
assert log.contains('[WARNING]  HIGH  GDPR-8-PARENTAL-CONSENT  edcomply.yaml:3  ')
assert log.contains('EdComply: no findings at or above BLOCKER (failOn=BLOCKER)')
return true
