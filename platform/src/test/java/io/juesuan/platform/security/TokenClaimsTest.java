package io.juesuan.platform.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenClaimsTest {

    private static final Instant NOW = Instant.now();

    @Test
    void theDevIssuersTokensBecomeCallers() throws TokenClaims.Refused {
        assertThat(TokenClaims.check(Tokens.discloser("350502001"), NOW))
                .isEqualTo(new Caller("discloser-350502001", Set.of("discloser"), "350502001", null));
        Caller reviewer = TokenClaims.check(Tokens.reviewer("3505"), NOW);
        assertThat(reviewer.division()).isEqualTo("3505");
        assertThat(reviewer.publishesFor("350502001")).isTrue();
        assertThat(reviewer.publishesFor("350602001")).isFalse();
        assertThat(TokenClaims.check(Tokens.admin(), NOW).isAdmin()).isTrue();
    }

    @Test
    void claimsOfTheWrongShapeRefuseTheWholeToken() {
        long now = NOW.getEpochSecond();
        ObjectNode deptArray = Tokens.claims("discloser", null, null);
        deptArray.putArray("dept").add("350502001");
        ObjectNode groupsObject = Tokens.claims("admin", null, null);
        groupsObject.putObject("groups").put("admin", true);
        ObjectNode groupsNumbers = Tokens.claims("admin", null, null);
        groupsNumbers.putArray("groups").add(1);
        for (ObjectNode claims : new ObjectNode[] {
                deptArray, groupsObject, groupsNumbers,
                Tokens.claims("discloser", null, null).put("dept", 350502001L),
                Tokens.claims("discloser", "35050200", null),
                Tokens.claims("discloser", "３５０５０２００１", null),
                Tokens.claims("discloser", null, null),
                Tokens.claims("reviewer", null, null),
                Tokens.claims("reviewer", null, null).put("division", 3505),
                Tokens.claims("reviewer", null, "35-05"),
                Tokens.claims("admin", null, null).put("groups", "admin"),
                Tokens.claims("root", null, null),
                Tokens.claims("admin", null, null).put("sub", 7),
                Tokens.claims("admin", null, null).put("sub", " "),
                Tokens.claims("admin", null, null).put("iat", now + 3600),
                Tokens.claims("admin", null, null).put("iat", "yesterday"),
                Tokens.claims("admin", null, null).put("nbf", now + 600)}) {
            assertThatThrownBy(() -> TokenClaims.check(Tokens.sign(claims), NOW)).as(claims.toString())
                    .isInstanceOf(TokenClaims.Refused.class);
        }
    }

    @Test
    void clocksMayDisagreeByTheStatedSkew() throws TokenClaims.Refused {
        long within = NOW.plus(TokenClaims.CLOCK_SKEW).getEpochSecond() - 1;
        assertThat(TokenClaims.check(Tokens.sign(Tokens.claims("admin", null, null).put("iat", within)), NOW)
                .isAdmin()).isTrue();
    }

    @Test
    void garbageIsRefused() {
        for (String token : new String[] {null, "", "a.b", "a.b.c.d", "x.eyJzdWIiOiJ4Ig.y", "x.W10.y", "x.!!!.y"}) {
            assertThatThrownBy(() -> TokenClaims.check(token, NOW)).as(String.valueOf(token))
                    .isInstanceOf(TokenClaims.Refused.class);
        }
    }
}
