package dev.handoff.testinfra;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A tiny service surface for the end-to-end tests of the test resources and tokens. */
@Path("/probe")
public class ProbeResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Mailer mailer;

    @GET
    @Path("/whoami")
    @Authenticated
    public String whoami() {
        return String.join(
                "|",
                identity.getPrincipal().getName(),
                token.getSubject(),
                token.getClaim("tenant").toString(),
                new TreeSet<>(identity.getRoles()).toString());
    }

    @GET
    @Path("/bot")
    @RolesAllowed("bot")
    public String bot() {
        return token.getClaim("azp") + "|" + token.getClaim("bot_ids");
    }

    @GET
    @Path("/database")
    public String database() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
            row.next();
            return row.getString(1);
        }
    }

    @POST
    @Path("/mail")
    public void mail(String to) {
        mailer.send(Mail.withText(to, "A visitor is waiting", "Conversation 42 needs an agent."));
    }
}
