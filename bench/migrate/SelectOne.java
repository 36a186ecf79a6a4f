import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** The bare-JVM anchor: start a JVM, open one JDBC connection, run SELECT 1, exit. Usage: SelectOne JDBC_URL */
public class SelectOne {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0]);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT 1")) {
            r.next();
            if (r.getInt(1) != 1) throw new IllegalStateException("SELECT 1 returned " + r.getInt(1));
            System.out.println("ok");
        }
    }
}
