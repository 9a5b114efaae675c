package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.ReportPeriod;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period query parameters of every report and of the conversation list: from, to, and their time zone. */
public class PeriodQuery {
    @QueryParam("from")
    @Parameter(
            description = "Start (inclusive): a date (midnight in 'zone') or an ISO-8601 instant, from 1970-01-01 to "
                    + "9999-12-31; reports need a quarter hour. Default: 30 days before 'to'.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64))
    public String from;

    @QueryParam("to")
    @Parameter(
            description = "End (exclusive): a date (midnight in 'zone') or an ISO-8601 instant, from 1970-01-01 to "
                    + "9999-12-31; reports need a quarter hour. Default: the end of today in 'zone'. At most 366 days after "
                    + "'from'.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64))
    public String to;

    @QueryParam("zone")
    @Parameter(
            description = "The IANA time zone of dates and buckets, such as Europe/Berlin. Default: UTC.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64))
    public String zone;

    /** The period as a report reads it, cut into {@code bucket}s (null: days). */
    ReportPeriod report(String bucket, Instant now) {
        return ReportParameters.period(from, to, ReportParameters.zone(zone), ReportParameters.bucketing(bucket), now);
    }

    /** {@code [from, to)} on any instant, for the conversation list. */
    Instant[] bounds(Instant now) {
        return ReportParameters.bounds(from, to, ReportParameters.zone(zone), now);
    }
}
