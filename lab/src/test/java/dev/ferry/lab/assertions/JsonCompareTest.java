package dev.ferry.lab.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.json.Json;
import org.junit.jupiter.api.Test;

/** json_cmp's semantics (FRR tests/topotests/lib/topotest.py), case by case. */
class JsonCompareTest {
    private static final String OSPF = """
            {"neighbors":{"9.9.9.9":[{"priority":1,"state":"Full\\/DR","converged":"Full","ifaceName":"eth0:10.1.1.2"}],
             "2.2.2.2":[{"state":"Init\\/DROther","converged":"Init"}]}}""";

    private static JsonCompare.Result cmp(String actual, String expected) {
        return JsonCompare.subset(actual, expected);
    }

    @Test
    void expectedIsASubset() {
        assertTrue(cmp(OSPF, "{\"neighbors\":{\"9.9.9.9\":[{\"converged\":\"Full\"}]}}").matches());
        assertTrue(cmp(OSPF, "{}").matches());
    }

    @Test
    void aDifferentValueIsReportedWithItsPath() {
        JsonCompare.Result r = cmp(OSPF, "{\"neighbors\":{\"2.2.2.2\":[{\"converged\":\"Full\"}]}}");
        assertFalse(r.matches());
        assertTrue(r.report().contains("$.neighbors[\"2.2.2.2\"]: no element matches expected element 0"), r.report());
        assertTrue(r.report().contains("$.neighbors[\"2.2.2.2\"][0].converged: expected \"Full\", got \"Init\""), r.report());
    }

    @Test
    void aMissingKeyIsReported() {
        JsonCompare.Result r = cmp(OSPF, "{\"neighbors\":{\"1.1.1.1\":[]}}");
        assertEquals("$.neighbors[\"1.1.1.1\"]: missing (present: 9.9.9.9, 2.2.2.2)", r.report());
    }

    @Test
    void nullMeansAbsent() {
        assertTrue(cmp(OSPF, "{\"neighbors\":{\"1.1.1.1\":null}}").matches());
        JsonCompare.Result r = cmp(OSPF, "{\"neighbors\":{\"2.2.2.2\":null}}");
        assertFalse(r.matches());
        assertTrue(r.report().startsWith("$.neighbors[\"2.2.2.2\"]: should be absent, is [{"), r.report());
    }

    @Test
    void starMatchesAnyPresentValue() {
        assertTrue(cmp(OSPF, "{\"neighbors\":{\"9.9.9.9\":[{\"priority\":\"*\",\"state\":\"*\"}]}}").matches());
        assertTrue(cmp(OSPF, "{\"neighbors\":\"*\"}").matches());
        assertFalse(cmp(OSPF, "{\"neighbors\":{\"9.9.9.9\":[{\"nosuch\":\"*\"}]}}").matches());
        assertTrue(cmp("[1,2,3]", "[\"*\",\"*\"]").matches());
    }

    @Test
    void arraysMatchInAnyOrderEachActualElementOnce() {
        assertTrue(cmp("[{\"a\":1},{\"a\":2},{\"a\":3}]", "[{\"a\":3},{\"a\":1}]").matches());
        // two expected elements cannot both take the same actual element
        assertFalse(cmp("[{\"a\":1,\"b\":1},{\"a\":2}]", "[{\"a\":1},{\"b\":1}]").matches());
        JsonCompare.Result r = cmp("[1]", "[1,2]");
        assertEquals("$: expected at least 2 elements, got 1", r.report());
        assertEquals("$: no element equals 4 (expected element 1)", cmp("[1,2,3]", "[1,4]").report());
    }

    @Test
    void orderedArraysWithTheMarker() {
        assertTrue(cmp("[1,2,3]", "[\"__ordered__\",1,2,3]").matches());
        assertEquals("$[0]: expected 2, got 1\n$[1]: expected 1, got 2", cmp("[1,2]", "[\"__ordered__\",2,1]").report());
        assertEquals("$: expected an array of 2 elements, got 3", cmp("[1,2,3]", "[\"__ordered__\",1,2]").report());
    }

    @Test
    void numbersCompareByValueAndTypesMustAgree() {
        assertTrue(cmp("{\"a\":1.0}", "{\"a\":1}").matches());
        assertEquals("$.a: expected \"1\", got 1", cmp("{\"a\":1}", "{\"a\":\"1\"}").report());
        assertEquals("$.a: expected an object, got an array [1]", cmp("{\"a\":[1]}", "{\"a\":{}}").report());
        assertEquals("$.a: expected true, got false", cmp("{\"a\":false}", "{\"a\":true}").report());
    }

    @Test
    void exactModeWantsTheSameKeysAndOrder() {
        assertTrue(JsonCompare.exact(Json.parse("{\"a\":[1,2]}"), Json.parse("{\"a\":[1,2]}")).matches());
        assertEquals("$.b: unexpected key (exact comparison)",
                JsonCompare.exact(Json.parse("{\"a\":1,\"b\":2}"), Json.parse("{\"a\":1}")).report());
        assertFalse(JsonCompare.exact(Json.parse("[2,1]"), Json.parse("[1,2]")).matches());
    }

    @Test
    void outputThatIsNotJsonIsADifference() {
        JsonCompare.Result r = cmp("% Unknown command: show ip ospf neighbor json", "{}");
        assertFalse(r.matches());
        assertTrue(r.report().startsWith("$: the output is not JSON"), r.report());
    }

    @Test
    void theClosestElementExplainsAMiss() {
        JsonCompare.Result r = cmp("{\"n\":[{\"id\":\"1.1.1.1\",\"state\":\"INITIALIZED\"},{\"id\":\"2.2.2.2\",\"x\":1}]}",
                "{\"n\":[{\"id\":\"1.1.1.1\",\"state\":\"OPERATIONAL\"}]}");
        assertEquals("""
                $.n: no element matches expected element 0 {"id":"1.1.1.1","state":"OPERATIONAL"}; the closest, element 0, differs:
                    $.n[0].state: expected "OPERATIONAL", got "INITIALIZED\"""", r.report());
    }
}
