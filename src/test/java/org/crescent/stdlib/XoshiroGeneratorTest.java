package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The generator against sequences printed by lua5.4: for each seed pair, four math.random(0),
 * two math.random(), three math.random(1, 100), one math.random(mininteger, maxinteger) and
 * one math.random(7), in that order (the table was produced by running lua5.4).
 */
class XoshiroGeneratorTest {
    private static final Number[][] SEQUENCES = {
            {0L, 0L, 0x3f359d4e37b433c1L, 0x3c1dc586f35de208L, 0x11bc1166ad55f7abL, 0x962281211a7b2f15L, 0x1.e58e3c11ba09ap-2, 0x1.0fb6ac60c3836p-2, 88, 57, 87, 2854383942152437263L, 1},
            {42L, 0L, 0xee49b4f7660276e5L, 0x73a81c109b785431L, 0x8c00881aa3bfbd4bL, 0xcb28abfc09025d55L, 0x1.3c110ea35f10ap-1, 0x1.3a9865608e04p-7, 7, 25, 3, -8801378756440956393L, 1},
            {1L, 2L, 0x731202e581a88881L, 0x39cbfbf32ca9af88L, 0xbd549d3ffec50c9cL, 0x57d2422019f85ab7L, 0x1.1cb8ee5916754p-3, 0x1.2f15d84cba8dep-2, 1, 100, 63, -417575899645538090L, 7},
            {-1L, -1L, 0xe9621cb1bd772a7bL, 0x135472dea41252aaL, 0x2d1b1f8d7b1dedeaL, 0xca0fb928e12152c9L, 0x1.2437bbe8b74c7p-1, 0x1.70f280f93014cp-3, 56, 90, 86, 3416107687112668463L, 4},
            {9223372036854775807L, Long.MIN_VALUE, 0xd9426bea1fbf018aL, 0x50bc9bfd074cbc89L, 0x48a14e84cede8835L, 0x854694196979724cL, 0x1.81f4f16c455b2p-2, 0x1.95366883ccb68p-4, 13, 14, 49, 8357429303826184319L, 4},
            {123456789L, 987654321L, 0x6d452b32497b84b9L, 0x29f90488ac48fea0L, 0x77ab2f0b7243180cL, 0x7a3d9ea326ac1d2aL, 0x1.23afae01ea333p-1, 0x1.64402f4d16034p-3, 59, 16, 32, -6789078867428973813L, 1},
    };

    @Test
    void sequencesMatchLua() {
        for (Number[] row : SEQUENCES) {
            XoshiroGenerator generator = new XoshiroGenerator(row[0].longValue(), row[1].longValue());
            String seed = row[0] + "," + row[1];
            for (int i = 2; i < 6; i++) {
                assertEquals(row[i].longValue(), generator.next(), "random(0) for seed " + seed);
            }
            for (int i = 6; i < 8; i++) {
                assertEquals(row[i].doubleValue(), XoshiroGenerator.toFloat(generator.next()), "random() for seed " + seed);
            }
            for (int i = 8; i < 11; i++) {
                assertEquals(row[i].longValue(), generator.project(generator.next(), 99) + 1, "random(1, 100) for seed " + seed);
            }
            assertEquals(row[11].longValue(), generator.project(generator.next(), -1L) + Long.MIN_VALUE, "full range for seed " + seed);
            assertEquals(row[12].longValue(), generator.project(generator.next(), 6) + 1, "random(7) for seed " + seed);
        }
    }

    @Test
    void floatsUseTheTop53Bits() {
        assertEquals(0.0, XoshiroGenerator.toFloat(0x7FFL));
        assertEquals(0.5, XoshiroGenerator.toFloat(Long.MIN_VALUE));
        assertEquals(1.0 - 0x1p-53, XoshiroGenerator.toFloat(-1L));
    }

    @Test
    void powerOfTwoRangesNeedNoSecondDraw() {
        XoshiroGenerator generator = new XoshiroGenerator(5, 0);
        assertEquals(0x1234L & 0xFF, generator.project(0x1234L, 0xFF));
        assertEquals(0x1234L, generator.project(0x1234L, -1L));
    }
}
