// -T 1, -T 2 and three runs with -T 4 give the same bytes in every report, per module and for the
// reactor (no report holds a timestamp); the reactor report holds both modules with paths relative
// to the top folder.
import groovy.json.JsonSlurper

def compare = { String one, String two ->
    def a = new File(basedir, one), b = new File(basedir, two)
    assert a.isDirectory() && b.isDirectory() : "${one} and ${two} written"
    def names = a.list().toList().sort()
    assert names == b.list().toList().sort() : "same files in ${one} and ${two}"
    assert !names.isEmpty()
    names.each { n -> assert new File(a, n).bytes == new File(b, n).bytes : "${n} differs between ${one} and ${two}" }
    names
}
['t2', 't4-1', 't4-2', 't4-3'].each { run ->
    assert compare('gradebook-service/target/edcomply-t1', "gradebook-service/target/edcomply-${run}").size() == 7
    assert compare('family-portal/target/edcomply-t1', "family-portal/target/edcomply-${run}").size() == 7
    // the aggregate execution names its formats in the pom, which wins over -Dedcomply.formats
    assert compare('target/edcomply-aggregate-t1', "target/edcomply-aggregate-${run}") ==
            ['data-inventory.csv', 'edcomply-summary.md', 'edcomply.html', 'edcomply.sarif', 'findings.json']
}

def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply-aggregate-t2/findings.json'))
assert json.modules == ['family-portal', 'gradebook-service']
// the findings this example is about: one suppressed, one accepted in the baseline (the modules'
// other obligations appear as active MEDIUM/LOW findings and are not what this example shows)
def tested = ['GDPR-32-SECURE-SESSION-COOKIE', 'GDPR-9-SPECIAL-CATEGORY']
def found = json.findings.findAll { it.requirement in tested }.collect { "${it.requirement} ${it.path}:${it.line} ${it.status}".toString() }
assert found == ['GDPR-32-SECURE-SESSION-COOKIE family-portal/src/main/resources/application-dev.yml:6 suppressed',
                 'GDPR-9-SPECIAL-CATEGORY gradebook-service/src/main/java/edu/district/gradebook/Pupil.java:24 baseline'] : found
def sarif = new JsonSlurper().parse(new File(basedir, 'target/edcomply-aggregate-t2/edcomply.sarif'))
assert sarif.runs[0].results.findAll { it.ruleId in tested }.collect { it.locations[0].physicalLocation.artifactLocation.uri } ==
        ['family-portal/src/main/resources/application-dev.yml',
         'gradebook-service/src/main/java/edu/district/gradebook/Pupil.java']
def inventory = new File(basedir, 'target/edcomply-aggregate-t2/data-inventory.csv').readLines()
assert inventory.size() == 1 + 3 + 4 : inventory
assert inventory[1].startsWith('family-portal,family-portal/src/main/java/edu/district/portal/Guardian.java,13,')

def module = new JsonSlurper().parse(new File(basedir, 'family-portal/target/edcomply-t1/findings.json'))
def cookie = module.findings.find { it.requirement == 'GDPR-32-SECURE-SESSION-COOKIE' }
assert cookie.file == 'src/main/resources/application-dev.yml' && cookie.module == 'family-portal'
def log = new File(basedir, 'build.log').text
// Maven lists plugins that are not thread-safe as '* group:artifact:version' warnings
assert !log.readLines().any { it.contains('* ') && it.contains('edcomply-maven-plugin') } : 'the plugin is thread-safe'
return true
