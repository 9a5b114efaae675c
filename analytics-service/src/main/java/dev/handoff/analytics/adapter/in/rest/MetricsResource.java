package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.MetricsQuery;
import dev.handoff.analytics.application.port.in.ReadMetricsUseCase;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.ReportPeriod;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Operation(
            summary = "Metrics over a period, as a whole and per hour, day or week, for the tenant or one bot, "
                    + "team, agent, channel or language")
    public MetricsBody metrics(
            @BeanParam PeriodQuery period,
            @Parameter(
                            description = "hour, day (default) or week (any case); weeks start on Monday",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"hour", "day", "week"}))
                    @QueryParam("bucket")
                    String bucket,
            @BeanParam SliceQuery filter) {
        ReportPeriod report = period.report(bucket, clock.instant());
        Map.Entry<Dimension, String> slice =
                ReportParameters.slice(filter.bot, filter.team, filter.agent, filter.channel, filter.language);
        String value = slice.getKey() == Dimension.ALL ? null : slice.getValue();
        return MetricsBody.of(metrics.metrics(new MetricsQuery(caller.tenant(), report, slice.getKey(), value)));
    }

    @GET
    @Path("/metrics")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response metricsCsv(
            @BeanParam PeriodQuery period, @QueryParam("bucket") String bucket, @BeanParam SliceQuery filter) {
        MetricsBody body = metrics(period, bucket, filter);
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
    public BreakdownBody breakdown(
            @Parameter(
                            description = "What to break the metrics down by",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"bot", "team", "agent", "channel", "language"}))
                    @PathParam("dimension")
                    String dimension,
            @BeanParam PeriodQuery period) {
        // the value is not echoed: only ids that passed the id rule are (docs/api-errors.md)
        Dimension by = Dimension.breakdown(dimension)
                .orElseThrow(() -> ProblemException.notFound(
                        "There is no such breakdown: use bot, team, agent, channel or language."));
        return BreakdownBody.of(metrics.breakdown(caller.tenant(), period.report(null, clock.instant()), by));
    }

    @GET
    @Path("/breakdown/{dimension}")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response breakdownCsv(@PathParam("dimension") String dimension, @BeanParam PeriodQuery period) {
        BreakdownBody body = breakdown(dimension, period);
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
}
