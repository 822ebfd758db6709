package com.closingset.assemble;

import freemarker.ext.beans.BeanModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * How templates see the model: maps, lists, texts, numbers and booleans as FreeMarker shows them,
 * and an object through {@link ModelMembers}. An object other than a date or a time has no text of
 * its own, so {@code ${w}} is an error at its line rather than printing "[toString not exposed]",
 * which FreeMarker prints for an object whose {@code toString()} a policy hides.
 */
final class ModelWrapper extends DefaultObjectWrapper {
    ModelWrapper(Version version) {
        super(configuration(version), true);
    }

    private static DefaultObjectWrapperBuilder configuration(Version version) {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(version);
        b.setMemberAccessPolicy(ModelMembers.INSTANCE);
        return b;
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        return ModelMembers.hasText(value.getClass()) ? super.handleUnknownType(value) : new BeanModel(value, this);
    }
}
