package io.github.gdlogistic.spark;

import org.apache.spark.ml.attribute.Attribute;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.attribute.NominalAttribute;
import org.apache.spark.sql.types.StructType;
import scala.Option;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The names the core's model gets from Spark's ML attributes: feature names from the features column's metadata
 * (as {@code VectorAssembler} writes it), class names from the label column's (as {@code StringIndexer} writes it).
 * Without usable metadata (missing, incomplete or with repeated names): {@code <featuresCol>_<j>} and "0", "1", ...
 */
final class ColumnNames {

    private ColumnNames() {
    }

    static List<String> features(StructType schema, String column, int count) {
        List<String> names = new ArrayList<>();
        AttributeGroup group = AttributeGroup.fromStructField(schema.apply(column));
        Option<Attribute[]> attributes = group.attributes();
        if (attributes.isDefined() && attributes.get().length == count) {
            for (Attribute attribute : attributes.get()) {
                if (attribute == null || attribute.name().isEmpty()) {
                    break;
                }
                names.add(attribute.name().get());
            }
        }
        if (names.size() != count || new HashSet<>(names).size() != count) {
            names.clear();
            for (int j = 0; j < count; j++) {
                names.add(column + "_" + j);
            }
        }
        return names;
    }

    static List<String> classes(StructType schema, String column, int count) {
        List<String> names = new ArrayList<>();
        Attribute attribute = Attribute.fromStructField(schema.apply(column));
        if (attribute instanceof NominalAttribute && ((NominalAttribute) attribute).values().isDefined()) {
            String[] values = ((NominalAttribute) attribute).values().get();
            for (int c = 0; c < count && c < values.length; c++) {
                names.add(values[c]);
            }
        }
        if (names.size() != count || new HashSet<>(names).size() != count) {
            names.clear();
            for (int c = 0; c < count; c++) {
                names.add(Integer.toString(c));
            }
        }
        return names;
    }
}
