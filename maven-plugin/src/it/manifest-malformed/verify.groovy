// A YAML syntax error fails the build with the position SnakeYAML reports, and no stack trace.
def log = new File(basedir, 'build.log').text
def line = log.readLines().find { it.contains('EdComply: edcomply.yaml:') }
assert line != null : 'the error names the manifest'
assert line =~ /EdComply: edcomply\.yaml:\d+:\d+: not valid YAML: /
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
