package org.dateline.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats byte counts for messages: "812 bytes", "3.5 KiB", "6.1 MiB". */
final class ByteSize {

    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;

    private ByteSize() {
    }

    /** "article is 6.1 MiB, over the 5 MiB limit". */
    static String overLimit(long size, long limit) {
        String shown = format(size);
        // 5 MiB + 1 byte would round to "5 MiB, over the 5 MiB limit": exact bytes say it better
        if (shown.equals(format(limit))) {
            shown = size + " bytes";
        }
        return "article is " + shown + ", over the " + format(limit) + " limit";
    }

    static String format(long bytes) {
        if (bytes < KIB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        long unit = bytes < MIB ? KIB : MIB;
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
        return value.stripTrailingZeros().toPlainString() + (unit == KIB ? " KiB" : " MiB");
    }
}
