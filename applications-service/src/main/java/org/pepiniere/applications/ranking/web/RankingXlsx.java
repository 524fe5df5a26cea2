package org.pepiniere.applications.ranking.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Sheets as one XLSX workbook written by fastexcel: text stays text (never a formula), numbers stay numbers, and the
 * header row is bold and frozen. A call's export is a few hundred rows, so the workbook is built in memory.
 */
final class RankingXlsx {

    static byte[] write(List<Sheet> sheets) {
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new Workbook(bytes, "Pepiniere", "1.0")) {
            for (Sheet sheet : sheets) {
                write(workbook.newWorksheet(sheet.name()), sheet);
            }
        } catch (IOException e) {
            // in memory: only a bug gets here
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Worksheet worksheet, Sheet sheet) {
        for (int c = 0; c < sheet.headers().size(); c++) {
            worksheet.value(0, c, sheet.headers().get(c));
        }
        worksheet.range(0, 0, 0, sheet.headers().size() - 1).style().bold().set();
        worksheet.freezePane(0, 1);
        for (int r = 0; r < sheet.rows().size(); r++) {
            var row = sheet.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    worksheet.value(r + 1, c, number);
                } else if (cell != null) {
                    worksheet.value(r + 1, c, cell.toString());
                }
            }
        }
    }

    private RankingXlsx() {
    }
}
