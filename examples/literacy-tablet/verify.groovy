// Checks both builds' findings.json and the build log against the expected-findings files: the
// schools' deployment (Fourth Schedule exemption) and the same build without the exemption.
import groovy.json.JsonSlurper

def at = { f -> f.line > 0 ? "${f.file}:${f.line}" : "${f.file}" }
def expected = { String name ->
    new File(basedir, name).readLines().collect { it.trim() }.findAll { it && !it.startsWith('#') }
}
def log = new File(basedir, 'build.log').text
def check = { String folder, String expectedFile, List<String> jurisdictions ->
    def report = new File(basedir, "${folder}/findings.json")
    assert report.isFile() : "${folder}/findings.json must be written before the build fails"
    def json = new JsonSlurper().parse(report)
    assert json.jurisdictions == jurisdictions
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
def withExemption = check('target/edcomply', 'expected-findings.txt', ['edcomply', 'in-dpdp'])
def without = check('target/edcomply-without-exemption', 'expected-findings-without-exemption.txt', ['edcomply', 'in-dpdp'])
// the exemption covers tracking for the schools' educational activities, and nothing else
assert without.findings.size() == withExemption.findings.size() + 1
assert without.findings.last().requirement == 'DPDP-9-3-NO-TRACKING-OR-TARGETED-ADS'
assert log.contains('[ERROR] EdComply: 2 findings at or above HIGH (failOn=HIGH)')
assert log.contains('[ERROR] EdComply: 3 findings at or above HIGH (failOn=HIGH)')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
