package readout.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link StoreRows} is the one column map of the store: its tables must list the migrated schema's columns in table
 * order, since rows are appended (and written to Parquet by the Spark job) by position.
 */
class StoreRowsIT {
    @Test
    void every_table_lists_the_migrated_columns_in_order(@TempDir Path dir) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("readout.db"))) {
            for (StoreRows.Table t : StoreRows.TABLES) {
                List<String> columns = new ArrayList<>();
                try (PreparedStatement q = s.connection().prepareStatement(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
                    q.setString(1, t.name());
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) columns.add(r.getString(1));
                    }
                }
                assertEquals(columns, t.names(), t.name());
            }
        }
    }
}
