package dev.miglint.dryrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksEveryForm() throws Exception {
        Secrets secrets = new Secrets();
        ConnectionSpec libpq = ConnectionSpec.parse("postgres://app:p%40ss%3Aw0rd@db.internal:5433/shop?sslmode=require",
                secrets);
        assertEquals("jdbc:postgresql://db.internal:5433/shop", libpq.jdbcUrl());
        assertEquals("p@ss:w0rd", libpq.properties().getProperty("password"));
        assertEquals("require", libpq.properties().getProperty("sslmode"));
        assertEquals("db.internal:5433/shop", libpq.display());
        assertFalse(libpq.toString().contains("w0rd"));
        assertEquals("could not log in with **** (****)", secrets.mask("could not log in with p@ss:w0rd (p%40ss%3Aw0rd)"));

        Secrets jdbcSecrets = new Secrets();
        ConnectionSpec jdbc = ConnectionSpec.parse("jdbc:postgresql://h/db?user=u&password=hunter2&ssl=true", jdbcSecrets);
        assertEquals("h/db", jdbc.display());
        assertEquals("bad password ****", jdbcSecrets.mask("bad password hunter2"));
        assertEquals("bad ****", jdbcSecrets.mask("bad hunter2"));
    }

    @Test
    void userInfoInAJdbcUrlBecomesPropertiesAndIsMasked() throws Exception {
        Secrets secrets = new Secrets();
        ConnectionSpec spec = ConnectionSpec.parse("jdbc:postgresql://app:PASS%2Fw0rd@db.internal:5433/shop?ssl=true",
                secrets);
        assertEquals("jdbc:postgresql://db.internal:5433/shop?ssl=true", spec.jdbcUrl());
        assertEquals("app", spec.properties().getProperty("user"));
        assertEquals("PASS/w0rd", spec.properties().getProperty("password"));
        assertFalse(spec.display().contains("w0rd"));
        assertEquals("no host **** or ****", secrets.mask("no host PASS/w0rd or PASS%2Fw0rd"));
    }

    @Test
    void aValueThatIsNoUrlIsNeverEchoed() {
        for (String bad : new String[] {"hunter2", "host=h user=u password=hunter2 dbname=d", "mysql://u:hunter2@h/d"}) {
            DryRunException e = org.junit.jupiter.api.Assertions.assertThrows(DryRunException.class,
                    () -> ConnectionSpec.parse(bad, new Secrets()));
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        }
    }

    @Test
    void masksPasswordsItWasNeverTold() {
        Secrets none = new Secrets();
        assertEquals("postgres://u:****@h/db", none.mask("postgres://u:topsecret@h/db"));
        assertEquals("jdbc:postgresql://h/db?user=u&password=****&ssl=true",
                none.mask("jdbc:postgresql://h/db?user=u&password=topsecret&ssl=true"));
        assertEquals("password = ****", none.mask("password = 'top secret'"));
        assertEquals("host=h password=**** dbname=d", none.mask("host=h password=topsecret dbname=d"));
        assertEquals("jdbc:postgresql://u:****@h/db", none.mask("jdbc:postgresql://u:topsecret@h/db"));
    }
}
