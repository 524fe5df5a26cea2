package org.pepiniere.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small but real one-page PDF, as a founder would upload it: the bytes, or a file for a browser's file input. */
public final class PitchDeck {

    private static final String PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R
              /Resources << /Font << /F1 5 0 R >> >> >> endobj
            4 0 obj << /Length 58 >> stream
            BT /F1 24 Tf 72 760 Td (Pitch deck - chimie verte) Tj ET
            endstream endobj
            5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
            trailer << /Root 1 0 R /Size 6 >>
            %%EOF
            """;

    public static byte[] bytes() {
        return PDF.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the deck under {@code directory} with this file name, and gives its path. */
    public static Path file(Path directory, String filename) {
        try {
            Files.createDirectories(directory);
            return Files.write(directory.resolve(filename), bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PitchDeck() {
    }
}
