package dev.ferry.zebra.rib.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.LspType;
import dev.ferry.zebra.rib.RibTestBed;
import org.junit.jupiter.api.Test;

/** Formats that must match FRR's to the character: uptimes and the LFIB table of the seed tutorial. */
class MplsAndUptimeFormatTest {

    @Test
    void uptimesAsFrrtimeToInterval() {
        assertEquals("00:00:00", Uptime.format(0));
        assertEquals("00:01:23", Uptime.format(83));
        assertEquals("23:59:59", Uptime.format(86_399));
        assertEquals("1d00h00m", Uptime.format(86_400));
        assertEquals("6d23h59m", Uptime.format(7 * 86_400 - 1));
        assertEquals("01w0d00h", Uptime.format(7 * 86_400));
        assertEquals("10w3d04h", Uptime.format(73 * 86_400 + 4 * 3600 + 59));
    }

    /** The seed tutorial's PR (`show mpls table` after LDP came up), trailing blanks trimmed as in the blog. */
    @Test
    void seedTutorialLfib() {
        RibTestBed pr = new RibTestBed();
        pr.iface(0, 2, "eth0", "10.1.1.254/24").iface(0, 3, "eth1", "10.1.2.254/24");
        pr.rib.lfib().add(LspType.LDP, 16, IpAddress.parse("10.1.2.2"), 0, 3);
        pr.rib.lfib().add(LspType.LDP, 17, IpAddress.parse("10.1.1.2"), 0, 3);
        pr.settle();
        String seed = """
                 Inbound Label  Type  Nexthop   Outbound Label
                 -----------------------------------------------
                 16             LDP   10.1.2.2  implicit-null
                 17             LDP   10.1.1.2  implicit-null

                """;
        assertEquals(seed, pr.show("show mpls table").replaceAll(" +\n", "\n"));
        assertEquals("""
                {
                  "16":{
                    "inLabel":16,
                    "installed":true,
                    "nexthops":[
                      {
                        "type":"LDP",
                        "outLabel":3,
                        "outLabelStack":[
                          3
                        ],
                        "distance":150,
                        "installed":true,
                        "nexthop":"10.1.2.2"
                      }
                    ]
                  }
                }
                """, pr.show("show mpls table json").replaceAll("(?s),\n  \"17\".*\n  }\n}", "\n}"));
    }
}
