package com.closingset.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A group of fields is read through {@code group()} or {@code groups()}, which reject every field the
 * reader did not ask for once it returns: no reader has a "finish" of its own to forget.
 */
class EveryGroupIsCheckedForTyposTest {
    private static final String YAML = "terms:\n  price: 1.14\n  prise: 1.15\n";

    @Test
    void aGroupReadWithoutAskingForAFieldRejectsIt() {
        assertThatThrownBy(() -> YamlFile.readText(YAML, "x.yaml", "terms", root -> root.group("terms", t -> t.text("price"))))
                .isInstanceOf(InputException.class)
                .hasMessage("x.yaml:3:3: terms.prise: unknown field; did you mean \"price\"?");
    }

    @Test
    void theRootIsCheckedToo() {
        assertThatThrownBy(() -> YamlFile.readText(YAML + "extra: 1\n", "x.yaml", "terms",
                root -> root.group("terms", t -> t.text("price") + t.text("prise"))))
                .hasMessageStartingWith("x.yaml:4:1: extra: unknown field");
    }

    @Test
    void noReaderCanReachAnUncheckedGroup() {
        assertThat(Arrays.stream(YamlMapping.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .doesNotContain("finish", "mapping", "mappings");
    }
}
