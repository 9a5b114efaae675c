package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.MetricsQuery;
import dev.handoff.analytics.application.port.in.ReadMetricsUseCase;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.ReportPeriod;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Analysts and supervisors read their tenant's live chat metrics, as JSON or CSV ({@code Accept: text/csv}). */
@Path("/api/v1/analytics")
@RolesAllowed({"analyst", "supervisor"})
public class MetricsResource {
    private final ReadMetricsUseCase metrics;
    private final Caller caller;
    private final Clock clock;

    public MetricsResource(ReadMetricsUseCase metrics, Caller caller, Clock clock) {
        this.metrics = metrics;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/metrics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Metrics over a period, as a whole and per hour, day or week, for the tenant or one bot, "
            + "team, agent, channel or language")
    public MetricsBody metrics(@Parameter(description = PERIOD_FROM) @QueryParam("from") String from,
            @Parameter(description = PERIOD_TO) @QueryParam("to") String to,
            @Parameter(description = ZONE) @QueryParam("zone") String zone,
            @Parameter(description = "hour, day (default) or week; weeks start on Monday") @QueryParam("bucket") String bucket,
            @Parameter(description = "Only this bot's chats") @QueryParam("bot") String bot,
            @Parameter(description = "Only this team's chats") @QueryParam("team") String team,
            @Parameter(description = "Only chats this agent held last, and their time") @QueryParam("agent") String agent,
            @Parameter(description = "WEBSOCKET, SOCKET_IO or CSML") @QueryParam("channel") String channel,
            @Parameter(description = "A language subtag such as en") @QueryParam("language") String language) {
        ReportPeriod period = ReportParameters.period(from, to, ReportParameters.zone(zone),
                ReportParameters.bucketing(bucket), clock.instant());
        Map.Entry<Dimension, String> slice = ReportParameters.slice(bot, team, agent, channel, language);
        String value = slice.getKey() == Dimension.ALL ? null : slice.getValue();
        return MetricsBody.of(metrics.metrics(new MetricsQuery(caller.tenant(), period, slice.getKey(), value)));
    }

    @GET
    @Path("/metrics")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response metricsCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("zone") String zone, @QueryParam("bucket") String bucket, @QueryParam("bot") String bot,
            @QueryParam("team") String team, @QueryParam("agent") String agent, @QueryParam("channel") String channel,
            @QueryParam("language") String language) {
        MetricsBody body = metrics(from, to, zone, bucket, bot, team, agent, channel, language);
        StringBuilder csv = new StringBuilder(header("start", "end"));
        for (MetricsBody.BucketBody b : body.series()) {
            List<Object> row = new ArrayList<>(List.of(b.start(), b.end()));
            row.addAll(MetricsCsv.row(b.metrics()));
            csv.append(Csv.line(row));
        }
        return Csv.download(csv, "metrics.csv");
    }

    @GET
    @Path("/breakdown/{dimension}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Metrics over a period per bot, team, agent, channel or language")
    public BreakdownBody breakdown(@Parameter(description = "bot, team, agent, channel or language")
            @PathParam("dimension") String dimension,
            @Parameter(description = PERIOD_FROM) @QueryParam("from") String from,
            @Parameter(description = PERIOD_TO) @QueryParam("to") String to,
            @Parameter(description = ZONE) @QueryParam("zone") String zone) {
        Dimension by = Dimension.breakdown(dimension).orElseThrow(() -> ProblemException.notFound(
                "There is no breakdown by '" + dimension + "': use bot, team, agent, channel or language."));
        ReportPeriod period = ReportParameters.period(from, to, ReportParameters.zone(zone), ReportParameters.bucketing(null),
                clock.instant());
        return BreakdownBody.of(metrics.breakdown(caller.tenant(), period, by));
    }

    @GET
    @Path("/breakdown/{dimension}")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response breakdownCsv(@PathParam("dimension") String dimension, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") String zone) {
        BreakdownBody body = breakdown(dimension, from, to, zone);
        StringBuilder csv = new StringBuilder(header(body.dimension(), "label"));
        for (BreakdownBody.Row r : body.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.value());
            row.add(r.label());
            row.addAll(MetricsCsv.row(r.metrics()));
            csv.append(Csv.line(row));
        }
        return Csv.download(csv, body.dimension() + ".csv");
    }

    private static String header(String... first) {
        List<Object> columns = new ArrayList<>(List.of(first));
        columns.addAll(MetricsCsv.header());
        return Csv.line(columns);
    }

    static final String PERIOD_FROM = "Start (inclusive): a date (midnight in 'zone') or an ISO-8601 instant, on a "
            + "quarter hour. Default: 30 days before 'to'.";
    static final String PERIOD_TO = "End (exclusive): a date (midnight in 'zone') or an ISO-8601 instant, on a "
            + "quarter hour. Default: the end of today in 'zone'. At most 366 days after 'from'.";
    static final String ZONE = "The IANA time zone of dates and buckets. Default: UTC.";
}
