// Checks both builds' findings.json and the build log against the expected-findings files: the
// manifest's selection (Spain's digital-consent age) and the same project for Finnish schools.
import groovy.json.JsonSlurper

def at = { f -> f.line > 0 ? "${f.file}:${f.line}" : "${f.file}" }
def expected = { String name ->
    new File(basedir, name).readLines().collect { it.trim() }.findAll { it && !it.startsWith('#') }
}
def log = new File(basedir, 'build.log').text
def check = { String folder, String expectedFile ->
    def report = new File(basedir, "${folder}/findings.json")
    assert report.isFile() : "${folder}/findings.json must be written before the build fails"
    def json = new JsonSlurper().parse(report)
    assert json.jurisdictions == ['edcomply', 'eu-ai-act', 'eu-gdpr', 'kr-pipa']
    def actual = json.findings.collect { "${it.severity} ${it.requirement} ${at(it)}".toString() }
    def wanted = expected(expectedFile)
    assert actual == wanted : "${folder}: findings differ\nexpected:\n  ${wanted.join('\n  ')}\nactual:\n  ${actual.join('\n  ')}"
    json.findings.each { f ->
        def level = f.severity in ['BLOCKER', 'HIGH'] ? 'ERROR' : 'WARNING'
        def line = "[${level}]  ${f.severity}  ${f.requirement}  ${at(f)}  ${f.message} (${f.cite})"
        assert log.contains(line) : "build log lacks: ${line}"
    }
    json
}
def spain = check('target/edcomply', 'expected-findings.txt')
def finland = check('target/edcomply-finland', 'expected-findings-finland.txt')
// Spain's age is 14, Finland's 13: only the GDPR Art. 8 finding differs
def gdpr8 = spain.findings.find { it.requirement == 'GDPR-8-PARENTAL-CONSENT' }
assert gdpr8.message.contains('digital-consent age of 14') && gdpr8.cite.contains('LOPDGDD Art. 7')
assert finland.findings.every { it.requirement != 'GDPR-8-PARENTAL-CONSENT' }
assert log.contains('[ERROR] EdComply: 6 findings at or above HIGH (failOn=HIGH)')
assert log.contains('[ERROR] EdComply: 5 findings at or above HIGH (failOn=HIGH)')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
