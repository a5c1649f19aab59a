package dev.migrate.entity;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a compiled class's name and the annotations on the class itself (not on its members) from its bytes, without
 * loading it: enough to find a project's mapped classes, and far cheaper on a cold JVM than a general scanner.
 *
 * <p>Follows the class file format of the Java Virtual Machine Specification, chapter 4: the constant pool, then
 * fields and methods (skipped), then the class's attributes, of which {@code RuntimeVisibleAnnotations} is read.
 */
final class ClassFileAnnotations {

    private static final int MAGIC = 0xCAFEBABE;

    private final String className;
    private final List<String> annotations;

    private ClassFileAnnotations(String className, List<String> annotations) {
        this.className = className;
        this.annotations = annotations;
    }

    /** The class's binary name, {@code com.example.Order$Line}. */
    String className() {
        return className;
    }

    /** The class-level annotations visible at run time, as binary names ({@code jakarta.persistence.Entity}). */
    List<String> annotations() {
        return annotations;
    }

    /** Reads {@code bytes}, the content of a {@code .class} file; fails with an IOException when it is not one. */
    static ClassFileAnnotations read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF(); // Utf8: u2 length, then modified UTF-8, as readUTF expects
                case 7 -> classNameIndex[i] = in.readUnsignedShort(); // Class
                case 8, 16, 19, 20 -> in.skipNBytes(2); // String, MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, Dynamic
                case 5, 6 -> { // Long, Double: eight bytes and two slots
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        String thisClass = utf8[classNameIndex[in.readUnsignedShort()]];
        in.readUnsignedShort(); // super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        skipMembers(in); // fields
        skipMembers(in); // methods
        List<String> annotations = new ArrayList<>();
        for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
            String name = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if (!"RuntimeVisibleAnnotations".equals(name)) {
                in.skipNBytes(length);
                continue;
            }
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                annotations.add(binaryName(utf8[in.readUnsignedShort()]));
                skipElementValuePairs(in);
            }
        }
        if (thisClass == null) {
            throw new IOException("no class name");
        }
        return new ClassFileAnnotations(thisClass.replace('/', '.'), annotations);
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        for (int members = in.readUnsignedShort(); members > 0; members--) {
            in.skipNBytes(6); // access flags, name, descriptor
            for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt());
            }
        }
    }

    private static void skipElementValuePairs(DataInputStream in) throws IOException {
        for (int pairs = in.readUnsignedShort(); pairs > 0; pairs--) {
            in.skipNBytes(2); // element name
            skipElementValue(in);
        }
    }

    private static void skipElementValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.skipNBytes(2);
            case 'e' -> in.skipNBytes(4);
            case '@' -> {
                in.skipNBytes(2);
                skipElementValuePairs(in);
            }
            case '[' -> {
                for (int values = in.readUnsignedShort(); values > 0; values--) {
                    skipElementValue(in);
                }
            }
            default -> throw new IOException("unknown annotation element tag " + (char) tag);
        }
    }

    /** {@code Ljakarta/persistence/Entity;} gives {@code jakarta.persistence.Entity}. */
    private static String binaryName(String descriptor) throws IOException {
        if (descriptor == null || descriptor.length() < 3 || descriptor.charAt(0) != 'L'
                || descriptor.charAt(descriptor.length() - 1) != ';') {
            throw new IOException("bad annotation descriptor " + descriptor);
        }
        return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
    }
}
