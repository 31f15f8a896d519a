package io.github.gdlogistic.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One local[2] session per test class ({@link LocalSpark#start}), stopped after the class. */
abstract class SparkTestBase {

    /** The session of the running test class. */
    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }
}
