package dev.maildoctor.app.bounces;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DayTally;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.report.BounceLabels;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.Subscription;

/**
 * Messages per day, stacked by status (sent, deferred, bounced), following the page's status
 * filter. Longer logs are shown per week so the bars stay readable.
 */
final class DayChart {
    /** Above this many days, one bar per week. */
    static final int MAX_DAY_BARS = 62;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final StackedBarChart<String, Number> chart;
    private final List<Bar> bars;
    private final List<Subscription> subscriptions = new ArrayList<>();

    private record Bar(String label, long sent, long deferred, long bounced) {
    }

    DayChart(Messages m, List<DayTally> days, BooleanProperty sent, BooleanProperty deferred,
             BooleanProperty bounced) {
        BounceLabels labels = new BounceLabels(m);
        this.bars = bars(days);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(m.get(days.size() > MAX_DAY_BARS ? "ui.bounces.chart.per_week" : "ui.bounces.chart.per_day"));
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new WholeNumbers());
        chart = new StackedBarChart<>(x, y);
        chart.setId("day-chart");
        chart.getStyleClass().add("day-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(bars.size() > 20 ? 2 : 8);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        x.setCategories(javafx.collections.FXCollections.observableArrayList(
                bars.stream().map(Bar::label).toList()));
        // Always three series in the same order, so each status keeps its colour when others are hidden.
        add(labels.status(DeliveryStatus.SENT), sent, Bar::sent);
        add(labels.status(DeliveryStatus.DEFERRED), deferred, Bar::deferred);
        add(labels.status(DeliveryStatus.BOUNCED), bounced, Bar::bounced);
    }

    Node node() {
        return chart;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private void add(String name, BooleanProperty shown, ToLongFunction<Bar> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        chart.getData().add(series);
        subscriptions.add(shown.subscribe(on -> {
            List<XYChart.Data<String, Number>> data = new ArrayList<>();
            if (on) {
                for (Bar bar : bars) {
                    data.add(new XYChart.Data<>(bar.label(), value.applyAsLong(bar)));
                }
            }
            series.getData().setAll(data);
        }));
    }

    /** Message counts are whole: fractional ticks get no label. */
    private static final class WholeNumbers extends javafx.util.StringConverter<Number> {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            return v == Math.rint(v) ? String.format("%,d", (long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return 0;
        }
    }

    private static List<Bar> bars(List<DayTally> days) {
        List<DayTally> sorted = days.stream().sorted(java.util.Comparator.comparing(DayTally::day)).toList();
        if (sorted.size() <= MAX_DAY_BARS) {
            return sorted.stream().map(d -> new Bar(d.day().format(DAY), d.sent(), d.deferred(), d.bounced())).toList();
        }
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        for (DayTally d : sorted) {
            LocalDate monday = d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] sums = weeks.computeIfAbsent(monday, k -> new long[3]);
            sums[0] += d.sent();
            sums[1] += d.deferred();
            sums[2] += d.bounced();
        }
        List<Bar> out = new ArrayList<>();
        weeks.forEach((monday, s) -> out.add(new Bar(monday.format(DAY), s[0], s[1], s[2])));
        return out;
    }
}
