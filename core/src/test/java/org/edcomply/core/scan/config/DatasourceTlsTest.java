package org.edcomply.core.scan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasourceTlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://db.example.org/app                              | OPTIONAL | no sslmode parameter: the driver default is sslmode=prefer
            jdbc:postgresql://db.example.org/app?sslmode=disable              | DISABLED | sslmode=disable turns TLS off
            jdbc:postgresql://db.example.org/app?sslmode=prefer               | OPTIONAL | sslmode=prefer falls back
            jdbc:postgresql://db.example.org/app?sslmode=verify-full          | REQUIRED | sslmode=verify-full
            jdbc:postgresql://db.example.org/app?ssl=true                     | REQUIRED | ssl=true
            jdbc:postgresql://db.example.org/app?sslMode=require              | OPTIONAL | 'sslMode' is not a parameter of the driver (did you mean 'sslmode'?)
            jdbc:postgresql://db.example.org/app?ssl_mode=require             | OPTIONAL | 'ssl_mode' is not a parameter of the driver (did you mean 'sslmode'?)
            jdbc:postgresql://localhost:5432/app                              | LOCAL    | this machine (localhost)
            jdbc:mysql://db.example.org:3306/app                              | OPTIONAL | the driver default is PREFERRED
            jdbc:mysql://db.example.org:3306/app?useSSl=true                  | OPTIONAL | 'useSSl' is not a parameter of the driver (did you mean 'useSSL'?)
            jdbc:mysql://db.example.org:3306/app?useSSL=false                 | DISABLED | useSSL=false turns TLS off
            jdbc:mysql://db.example.org:3306/app?useSSL=true&requireSSL=true  | REQUIRED | requireSSL=true
            jdbc:mysql://db.example.org:3306/app?sslMode=VERIFY_IDENTITY      | REQUIRED | sslMode=VERIFY_IDENTITY
            jdbc:mariadb://db.example.org/app                                 | DISABLED | MariaDB Connector/J connects without TLS by default
            jdbc:mariadb://db.example.org/app?sslMode=verify-full             | REQUIRED | sslMode=verify-full
            jdbc:sqlserver://db.example.org:1433;databaseName=app;encrypt=false | DISABLED | encrypt=false
            jdbc:sqlserver://db.example.org:1433;databaseName=app;Encrypt=true  | REQUIRED | encrypt=true
            jdbc:sqlserver://db.example.org:1433;databaseName=app             | REQUIRED | encrypt by default
            jdbc:oracle:thin:@tcps://db.example.org:2484/app                  | REQUIRED | TCPS
            jdbc:oracle:thin:@//db.example.org:1521/app                       | UNKNOWN  | sqlnet.ora
            jdbc:db2://db.example.org:50000/app:sslConnection=true;           | REQUIRED | sslConnection=true
            jdbc:db2://db.example.org:50000/app                               | DISABLED | sslConnection is not true
            jdbc:h2:mem:test                                                  | LOCAL    | an embedded h2 database
            jdbc:h2:tcp://db.example.org/~/app                                | DISABLED | without TLS
            jdbc:h2:ssl://db.example.org/~/app                                | REQUIRED | with TLS
            r2dbc:postgresql://db.example.org/app                             | DISABLED | sslMode=DISABLE
            r2dbc:postgresql://db.example.org/app?sslMode=verify_full         | REQUIRED | sslMode=verify_full
            mongodb://db.example.org:27017/app                                | DISABLED | unencrypted by default
            mongodb://db.example.org:27017/app?tls=true                       | REQUIRED | tls=true
            mongodb+srv://cluster0.example.org/app                            | REQUIRED | TLS by default
            """)
    void tlsFromUrl(String url, String tls, String detail) {
        DatasourceTls.Result result = DatasourceTls.analyse(url, Map.of());
        assertEquals(tls, result.tls(), result.detail());
        assertTrue(result.detail().contains(detail), result.detail());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sslmode | require   | REQUIRED
            sslMode | require   | OPTIONAL
            """)
    void driverPropertiesBesideTheUrlCount(String name, String value, String tls) {
        assertEquals(tls, DatasourceTls.analyse("jdbc:postgresql://db.example.org/app", Map.of(name, value)).tls());
    }
}
