package org.dateline.extract.entity.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** BILOU labels and the transitions the decoder allows. */
class TagsTest {

    private static boolean allowed(int prev, int tag, boolean last) {
        return (Tags.allowed(prev, last) & (1 << tag)) != 0;
    }

    @Test
    void names_are_encoded_as_unit_or_begin_inside_last() {
        int[] tags = new int[6];
        Tags.encode(tags, 0, 1, 0);
        Tags.encode(tags, 2, 5, 2);
        assertThat(tags).containsExactly(Tags.label(0, Tags.U), Tags.O, Tags.label(2, Tags.B), Tags.label(2, Tags.I),
                Tags.label(2, Tags.L), Tags.O);
        assertThat(Tags.TYPES[Tags.type(tags[2])]).isEqualTo(org.dateline.model.EntityType.LOCATION);
    }

    @Test
    void an_open_name_continues_with_its_own_type_only() {
        int b = Tags.label(1, Tags.B);
        assertThat(allowed(b, Tags.label(1, Tags.I), false)).isTrue();
        assertThat(allowed(b, Tags.label(1, Tags.L), false)).isTrue();
        assertThat(allowed(b, Tags.label(0, Tags.L), false)).isFalse();
        assertThat(allowed(b, Tags.O, false)).isFalse();
        assertThat(allowed(b, Tags.label(1, Tags.I), true)).isFalse(); // the sentence ends: the name must close
    }

    @Test
    void outside_a_name_only_a_new_one_or_nothing_follows() {
        for (int prev : new int[] {Tags.START, Tags.O, Tags.label(3, Tags.U), Tags.label(0, Tags.L)}) {
            assertThat(allowed(prev, Tags.O, false)).isTrue();
            assertThat(allowed(prev, Tags.label(2, Tags.B), false)).isTrue();
            assertThat(allowed(prev, Tags.label(2, Tags.B), true)).isFalse();
            assertThat(allowed(prev, Tags.label(2, Tags.U), true)).isTrue();
            assertThat(allowed(prev, Tags.label(2, Tags.I), false)).isFalse();
            assertThat(allowed(prev, Tags.label(2, Tags.L), false)).isFalse();
        }
    }
}
