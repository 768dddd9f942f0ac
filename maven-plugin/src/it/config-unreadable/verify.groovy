// Configuration files that cannot be read safely are findings at their line, never skipped: an
// external entity, an entity expansion, a duplicate YAML key and an unterminated SQL string.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
def unreadable = json.findings.findAll { it.requirement == 'EDC-UNPARSABLE' }
        .collect { "${it.file}:${it.line}".toString() }
assert unreadable == ['src/main/resources/application.yml:7',
                      'src/main/resources/db/migration/V1__init.sql:2',
                      'src/main/resources/logback.xml:6',
                      'src/main/webapp/WEB-INF/web.xml:7'] : unreadable
def xxe = json.findings.find { it.file == 'src/main/resources/logback.xml' }
assert xxe.message.contains('The entity "xxe" was referenced, but not declared')
def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
