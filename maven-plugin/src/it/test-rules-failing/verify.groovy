def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] FAIL  ACME-HTTPONLY-COOKIE/fail-wrong-expectation: ACME-HTTPONLY-COOKIE expected '
        + '[src/main/resources/application.properties:1], found []')
assert log.contains('[WARNING] EdComply: ACME-HTTPONLY-COOKIE has no passing fixture (src/compliance/jurisdictions/us-coppa.yaml:11:5)')
assert log.contains('EdComply: 1 of 3 requirement fixtures failed')
return true
