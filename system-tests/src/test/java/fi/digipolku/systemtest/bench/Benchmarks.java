package fi.digipolku.systemtest.bench;

import java.util.List;

/**
 * Runs the benchmarks named on the command line ({@code pathway}, {@code messaging}, {@code metrics}, {@code gateway}), or all of them, against the
 * running stack: {@code ./platform bench [NAME...]}; or the soak, {@code ./platform bench soak --minutes N}. They print
 * figures; nothing is asserted.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("soak")) {
            int minutes = args.length >= 3 && args[1].equals("--minutes") ? Integer.parseInt(args[2]) : 30;
            System.out.println("=== soak");
            SoakBenchmark.measure(minutes);
            return;
        }
        List<String> names = args.length == 0 ? List.of("pathway", "messaging", "metrics", "gateway") : List.of(args);
        for (String name : names) {
            System.out.println("=== " + name);
            switch (name) {
                case "pathway" -> PathwayBenchmark.measure();
                case "messaging" -> MessagingBenchmark.measure();
                case "metrics" -> MetricsBenchmark.measure();
                case "gateway" -> GatewayBenchmark.measure();
                default ->
                    throw new IllegalArgumentException(
                            "no benchmark " + name + "; try pathway, messaging, metrics or gateway");
            }
        }
    }
}
