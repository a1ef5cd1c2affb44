package dev.ferry.ospfd.ospf6.show;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.shared.AreaId;
import java.util.List;

/**
 * ospf6d's three database scopes as `show ipv6 ospf6 database` walks them. LSAs carry their current age in the
 * header (the runtime ages them before building the view); their order does not matter, the formatter sorts them as
 * FRR's LSDB table does.
 *
 * @param areas the areas, in any order (FRR keeps them sorted by area id)
 * @param asScoped the AS-scope database (AS-External-LSAs and other AS-scope types)
 */
public record Ospf6DatabaseView(List<Area> areas, List<Lsa> asScoped) {
    public Ospf6DatabaseView {
        areas = List.copyOf(areas);
        asScoped = List.copyOf(asScoped);
    }

    /**
     * One area's database and its interfaces'.
     *
     * @param id the area id, as configured (FRR prints oa->name)
     * @param lsas the area-scope database
     * @param links the area's interfaces in the order they joined it (oa->if_list)
     */
    public record Area(AreaId id, List<Lsa> lsas, List<Link> links) {
        public Area {
            lsas = List.copyOf(lsas);
            links = List.copyOf(links);
        }
    }

    /** An interface's link-scope database (Link-LSAs). */
    public record Link(String interfaceName, List<Lsa> lsas) {
        public Link {
            lsas = List.copyOf(lsas);
        }
    }
}
