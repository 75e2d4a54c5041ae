package dev.stargate.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    static final List<String> ACCELERATORS = List.of("nvidia_a100_sxm_80gb", "nvidia_h100_sxm", "nvidia_h200_sxm",
            "nvidia_b200_hgx", "nvidia_gb200", "nvidia_gb300", "amd_mi300x", "amd_mi355x", "google_tpu_v5p");
    static final List<String> FIELDS = List.of("name", "acceleratorCount", "accelerator", "workFlop", "durationH");

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertThat(Suggest.distance("", "")).isZero();
        assertThat(Suggest.distance("abc", "abc")).isZero();
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
        assertThat(Suggest.distance("abc", "")).isEqualTo(3);
        assertThat(Suggest.distance("ercot", "ercott")).isEqualTo(1);
        assertThat(Suggest.distance("ercot", "erot")).isEqualTo(1);
        assertThat(Suggest.distance("ercot", "ercat")).isEqualTo(1);
        assertThat(Suggest.distance("liquid_dtc", "liquid_dct")).as("a swap is one edit").isEqualTo(1);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("abc", "xyz")).isEqualTo(3);
    }

    @Test
    void distanceIsSymmetric() {
        for (String a : ACCELERATORS) {
            for (String b : ACCELERATORS) assertThat(Suggest.distance(a, b)).isEqualTo(Suggest.distance(b, a));
        }
    }

    @Test
    void findsTheClosestName() {
        assertThat(Suggest.closest("nvidia_gb20", ACCELERATORS)).isEqualTo("nvidia_gb200");
        assertThat(Suggest.closest("nvidia_gb3000", ACCELERATORS)).isEqualTo("nvidia_gb300");
        assertThat(Suggest.closest("nvidia-h100-sxm", ACCELERATORS)).isEqualTo("nvidia_h100_sxm");
        assertThat(Suggest.closest("amd_mi300", ACCELERATORS)).isEqualTo("amd_mi300x");
    }

    @Test
    void ignoresCaseButReturnsTheCandidateAsWritten() {
        assertThat(Suggest.closest("acceleratorcount", FIELDS)).isEqualTo("acceleratorCount");
        assertThat(Suggest.closest("WORKFLOP", FIELDS)).isEqualTo("workFlop");
        assertThat(Suggest.closest("capacityMW", List.of("technology", "capacityMw", "onlineDate"))).isEqualTo("capacityMw");
    }

    @Test
    void prefersTheNearestOfSeveralCloseNames() {
        assertThat(Suggest.closest("acceleratorCnt", FIELDS)).isEqualTo("acceleratorCount");
        assertThat(Suggest.closest("acelerator", FIELDS)).isEqualTo("accelerator");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggest.closest("quantum_annealer", ACCELERATORS)).isNull();
        assertThat(Suggest.closest("xyz", List.of("abcdef"))).isNull();
        assertThat(Suggest.closest("anything", List.of())).isNull();
        assertThat(Suggest.closest(null, ACCELERATORS)).isNull();
    }

    @Test
    void allowsMoreEditsForLongerNames() {
        // at least 2 edits, and a third of the name's length
        assertThat(Suggest.closest("ab", List.of("xy"))).isEqualTo("xy");
        assertThat(Suggest.closest("abc", List.of("xyz"))).isNull();
        assertThat(Suggest.closest("abcdefghi", List.of("abcxyzghi"))).isEqualTo("abcxyzghi");
        assertThat(Suggest.closest("abcdefghi", List.of("abwxyzghi"))).isNull();
    }

    @Test
    void formsAHintReadyToAppend() {
        assertThat(Suggest.hint("ercott", List.of("ercot", "pjm"))).isEqualTo("; did you mean 'ercot'?");
        assertThat(Suggest.hint("zzz_unknown", List.of("ercot", "pjm"))).isEmpty();
    }

    @Test
    void completesShortenedNames() {
        List<String> accelerators = List.of("nvidia_gb200", "nvidia_gb300", "nvidia_h100_sxm", "amd_mi300x");
        assertThat(Suggest.closest("gb200", accelerators)).isEqualTo("nvidia_gb200");
        assertThat(Suggest.closest("llama70b", List.of("llama70b_class", "llama405b_class"))).isEqualTo("llama70b_class");
        assertThat(Suggest.closest("liquid", List.of("air", "liquid_dtc", "liquid_dtc_closed_loop", "immersion"))).isEqualTo("liquid_dtc");
        // inside a word is not a part; and two equally short matches are ambiguous
        assertThat(Suggest.closest("vidi", accelerators)).isNull();
        assertThat(Suggest.closest("nvidia", accelerators)).isNull();
    }
}
