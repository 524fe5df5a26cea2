package org.pepiniere.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The value type of the H2 backend's document maps: a marker byte, then the document as BSON, where H2's
 * default {@link ObjectDataType} Java-serializes it, class descriptors included, in a fresh object stream for
 * each document.
 * <p>
 * Each commit, one per acknowledged write, writes again every document of each page a write changed, and each
 * page read decodes all of its documents: Java serialization made that a fifth of the server's CPU writing and
 * a twelfth reading. BSON is also what the documents came in as and go out as.
 * <p>
 * Files written before stay readable: a value not starting with {@link #MARKER} is read by an
 * {@code ObjectDataType}, whose first byte is always one of its tags, 0 to 119 (19 for a document). A document
 * holding a value BSON would not give back as it was (a {@code Set}, a map other than a {@code Document}, an
 * instant finer than the millisecond, a string that is not well-formed Unicode, a key holding a NUL character,
 * any other type), or too large for BSON, is written that old way. Files written now are not readable by
 * earlier versions of this server nor by mongo-java-server's own H2 backend: going back a version would not
 * read the documents written since.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** Never the first byte of an {@code ObjectDataType} value: all its tags are between 0 and 119. */
    static final byte MARKER = (byte) 0xB5;

    /**
     * What Java serialization adds to a document's BSON, about: the class descriptors of the document and of
     * its values' types. {@code ObjectDataType} counts a document in H2's page and cache sizes for twice its
     * Java serialization; counting the same here keeps the pages split where they were.
     */
    static final int JAVA_SERIALIZATION_OVERHEAD = 300;

    /** Buffers larger than this, grown by an exceptional document, are not kept for the next. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    private static final ThreadLocal<ByteBuf> BUFFERS = ThreadLocal.withInitial(() -> Unpooled.buffer(1_024));

    /** Strings longer than this, rare, are scanned in an array of their own. */
    private static final int KEPT_CHARS = 16_384;

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[KEPT_CHARS]);

    private final ObjectDataType javaSerialized = new ObjectDataType();

    /** A moving average, as {@code ObjectDataType} keeps: H2 asks for a size far more often than it writes. */
    private int averageMemory = 2_000;

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    @Override
    public int getMemory(Document document) {
        return averageMemory;
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        ByteBuf bson = BUFFERS.get();
        bson.clear();
        if (encoded(document, bson)) {
            int length = bson.readableBytes();
            buff.put(MARKER).put(bson.array(), bson.arrayOffset(), length);
            account(length);
        } else {
            javaSerialized.write(buff, document);
        }
        if (bson.capacity() > KEPT_BUFFER_BYTES) {
            BUFFERS.remove();
        }
    }

    @Override
    public Document read(ByteBuffer buff) {
        int start = buff.position();
        if (buff.get(start) != MARKER) {
            return (Document) javaSerialized.read(buff);
        }
        int bsonStart = start + 1;
        int length = buff.order() == ByteOrder.LITTLE_ENDIAN ? buff.getInt(bsonStart)
                : Integer.reverseBytes(buff.getInt(bsonStart));
        if (length < 5 || length > buff.limit() - bsonStart) {
            throw DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "BSON document of {0} bytes", length);
        }
        ByteBuf bson;
        if (buff.hasArray()) {
            bson = Unpooled.wrappedBuffer(buff.array(), buff.arrayOffset() + bsonStart, length);
        } else {
            byte[] copy = new byte[length];
            buff.get(bsonStart, copy);
            bson = Unpooled.wrappedBuffer(copy);
        }
        Document document = BsonDecoder.decodeBson(bson);
        if (bson.readerIndex() != length) {
            throw DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "BSON document of {0} bytes ends at {1}",
                    length, bson.readerIndex());
        }
        buff.position(bsonStart + length);
        account(length);
        return document;
    }

    private void account(int bsonLength) {
        // racy like ObjectDataType's: an estimate, a lost update costs nothing
        averageMemory = (int) ((2L * (bsonLength + JAVA_SERIALIZATION_OVERHEAD) + 15L * averageMemory) / 16);
    }

    /** The document as BSON in {@code out}, or false when BSON would not give it back as it is. */
    static boolean encoded(Document document, ByteBuf out) {
        try {
            writeDocument(document, out);
        } catch (NotBson | RuntimeException e) {
            return false;
        }
        return out.readableBytes() - 4 <= BsonConstants.MAX_BSON_OBJECT_SIZE; // the most BsonDecoder reads
    }

    private static void writeDocument(Map<String, ?> document, ByteBuf out) throws NotBson {
        int start = out.writerIndex();
        out.writeIntLE(0);
        for (Map.Entry<String, ?> field : document.entrySet()) {
            writeField(field.getKey(), field.getValue(), out);
        }
        out.writeByte(BsonConstants.TERMINATING_BYTE);
        out.setIntLE(start, out.writerIndex() - start);
    }

    private static void writeArray(List<?> values, ByteBuf out) throws NotBson {
        int start = out.writerIndex();
        out.writeIntLE(0);
        for (int i = 0; i < values.size(); i++) {
            writeField(Integer.toString(i), values.get(i), out);
        }
        out.writeByte(BsonConstants.TERMINATING_BYTE);
        out.setIntLE(start, out.writerIndex() - start);
    }

    private static void writeField(String name, Object value, ByteBuf out) throws NotBson {
        byte type = BsonEncoder.determineType(value); // refuses the types it does not know
        out.writeByte(type);
        writeCString(name, out);
        switch (type) {
            case BsonConstants.TYPE_EMBEDDED_DOCUMENT -> {
                // another map would be read back as a Document
                if (value.getClass() != Document.class) {
                    throw NotBson.INSTANCE;
                }
                writeDocument((Document) value, out);
            }
            case BsonConstants.TYPE_ARRAY -> {
                // a set would be read back as a list
                if (!(value instanceof List<?> values)) {
                    throw NotBson.INSTANCE;
                }
                writeArray(values, out);
            }
            case BsonConstants.TYPE_UTF8_STRING -> writeString((String) value, out);
            case BsonConstants.TYPE_JAVASCRIPT_CODE -> writeString(((BsonJavaScript) value).getCode(), out);
            case BsonConstants.TYPE_REGEX -> {
                BsonRegularExpression regex = (BsonRegularExpression) value;
                writeCString(regex.getPattern(), out);
                writeCString(regex.getOptions(), out);
            }
            case BsonConstants.TYPE_UTC_DATETIME -> {
                // BSON keeps milliseconds; $currentDate stores Instant.now(), finer
                if (((Instant) value).getNano() % 1_000_000 != 0) {
                    throw NotBson.INSTANCE;
                }
                BsonEncoder.encodeValue(type, value, out);
            }
            default -> BsonEncoder.encodeValue(type, value, out);
        }
    }

    private static void writeString(String text, ByteBuf out) throws NotBson {
        byte[] utf8 = utf8(text);
        out.writeIntLE(utf8.length + 1);
        out.writeBytes(utf8);
        out.writeByte(BsonConstants.STRING_TERMINATION);
    }

    private static void writeCString(String text, ByteBuf out) throws NotBson {
        if (text.indexOf(BsonConstants.STRING_TERMINATION) >= 0) {
            throw NotBson.INSTANCE;
        }
        out.writeBytes(utf8(text));
        out.writeByte(BsonConstants.STRING_TERMINATION);
    }

    /** UTF-8 writes a lone surrogate as '?': a string holding one stays Java-serialized. */
    private static byte[] utf8(String text) throws NotBson {
        int length = text.length();
        // String.charAt checks its index in a call C1 does not inline: scanning a copy costs a fraction of it
        char[] chars = length <= KEPT_CHARS ? CHARS.get() : new char[length];
        text.getChars(0, length, chars, 0);
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (c <= Character.MAX_HIGH_SURROGATE && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    throw NotBson.INSTANCE;
                }
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A document BSON would not give back as it is; thrown without a stack trace, it costs no more than a return. */
    private static final class NotBson extends Exception {

        static final NotBson INSTANCE = new NotBson();

        private NotBson() {
            super(null, null, false, false);
        }
    }
}
