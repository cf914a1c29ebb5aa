package dev.maildoctor.app.bounces;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.Incident;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.report.BounceLabels;
import dev.maildoctor.report.MaillogTextReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Incidents on a time line, one row per provider: each incident is a thick bar from its first to
 * its last refusal (log times have no zone, so the axis counts seconds of local time).
 */
final class IncidentTimeline {
    private final LineChart<Number, String> chart;

    IncidentTimeline(Messages m, List<Incident> incidents) {
        BounceLabels labels = new BounceLabels(m);
        MaillogTextReport text = new MaillogTextReport(m);
        long start = incidents.stream().mapToLong(i -> seconds(i.firstSeen())).min().orElse(0);
        long end = incidents.stream().mapToLong(i -> seconds(i.lastSeen())).max().orElse(start);
        long span = Math.max(end - start, Duration.ofHours(1).toSeconds());
        long pad = span / 12;
        long tick = tick(span);
        // Ticks on whole hours or days: the axis starts on a multiple of the tick unit.
        long lower = Math.floorDiv(start - pad, tick) * tick;
        long upper = -Math.floorDiv(-(end + pad), tick) * tick;
        NumberAxis x = new NumberAxis(lower, upper, tick);
        x.setAutoRanging(false);
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new TimeLabels(span >= Duration.ofDays(3).toSeconds()));
        CategoryAxis y = new CategoryAxis();
        y.setCategories(FXCollections.observableArrayList(
                incidents.stream().map(i -> labels.provider(i.provider())).distinct().toList()));
        chart = new LineChart<>(x, y);
        chart.setId("incident-timeline");
        chart.getStyleClass().add("incident-timeline");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        List<XYChart.Series<Number, String>> bars = new ArrayList<>();
        for (Incident i : incidents) {
            long from = seconds(i.firstSeen());
            long to = Math.max(seconds(i.lastSeen()), from + Math.max(span / 80, 600));
            String row = labels.provider(i.provider());
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.getData().add(new XYChart.Data<>(from, row));
            series.getData().add(new XYChart.Data<>(to, row));
            bars.add(series);
        }
        // All at once: the chart resets the style classes of every series line whenever its list changes.
        chart.getData().setAll(bars);
        for (int n = 0; n < incidents.size(); n++) {
            Incident i = incidents.get(n);
            Node line = bars.get(n).getNode();
            line.getStyleClass().addAll("incident-bar", i.reason() == Reason.BADREPUTATION
                    ? "incident-bar-reputation" : "incident-bar-blocked");
            Tooltip.install(line, new Tooltip(text.incident(i)));
        }
    }

    Node node() {
        return chart;
    }

    private static long seconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    /** Roughly six ticks: 1, 2, 3, 6 or 12 hours, or whole days. */
    private static long tick(long span) {
        long raw = span / 6;
        for (long hours : new long[] {1, 2, 3, 6, 12}) {
            if (raw <= hours * 3600) {
                return hours * 3600;
            }
        }
        return Math.max(1, Math.round(raw / 86400.0)) * 86400;
    }

    private static final class TimeLabels extends StringConverter<Number> {
        private final DateTimeFormatter format;

        TimeLabels(boolean daysOnly) {
            this.format = DateTimeFormatter.ofPattern(daysOnly ? "MM-dd" : "MM-dd HH:mm");
        }

        @Override
        public String toString(Number seconds) {
            return format.format(LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds.longValue()), ZoneOffset.UTC));
        }

        @Override
        public Number fromString(String text) {
            return 0;
        }
    }
}
