// Checks findings.json and the build log against expected-findings.txt, and that the planted
// password appears nowhere in the reports or the log: only its masked form does.
import groovy.json.JsonSlurper

def at = { f -> f.line > 0 ? "${f.file}:${f.line}" : "${f.file}" }
def report = new File(basedir, 'target/edcomply/findings.json')
assert report.isFile() : 'findings.json must be written before the build fails'
def json = new JsonSlurper().parse(report)
def actual = json.findings.collect { "${it.severity} ${it.requirement} ${at(it)}".toString() }
def expected = new File(basedir, 'expected-findings.txt').readLines()
        .collect { it.trim() }.findAll { it && !it.startsWith('#') }
assert actual == expected : "findings differ\nexpected:\n  ${expected.join('\n  ')}\nactual:\n  ${actual.join('\n  ')}"

def log = new File(basedir, 'build.log').text
def blocking = json.findings.findAll { it.severity in ['BLOCKER', 'HIGH'] }
assert log.contains("[ERROR] EdComply: ${blocking.size()} findings at or above HIGH (failOn=HIGH)")
json.findings.each { f ->
    def level = f.severity in ['BLOCKER', 'HIGH'] ? 'ERROR' : 'WARNING'
    def line = "[${level}]  ${f.severity}  ${f.requirement}  ${at(f)}  ${f.message} (${f.cite})"
    assert log.contains(line) : "build log lacks: ${line}"
}
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'

// The password planted in src/main/resources/application-prod.properties
def secret = 'Pr0d-Gr@debook!2026'
assert new File(basedir, 'src/main/resources/application-prod.properties').text.contains(secret) : 'the secret is planted'
new File(basedir, 'target/edcomply').eachFileRecurse { file ->
    if (file.isFile()) {
        assert !file.text.contains(secret) : "${file} holds the secret"
    }
}
assert !log.contains(secret) : 'the build log holds the secret'
def leak = json.findings.find { it.requirement == 'GDPR-32-HARDCODED-SECRET' }
assert leak.message.contains('app.reporting.datasource.password') && leak.message.contains('********')
return true
