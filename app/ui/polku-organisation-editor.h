/* polku-organisation-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_ORGANISATION_EDITOR (polku_organisation_editor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuOrganisationEditor, polku_organisation_editor, POLKU, ORGANISATION_EDITOR, GtkWidget)

GtkWidget    *polku_organisation_editor_new         (void);
PolkuContext *polku_organisation_editor_get_context (PolkuOrganisationEditor *self);
void          polku_organisation_editor_set_context (PolkuOrganisationEditor *self,
                                                     PolkuContext            *context);
gboolean      polku_organisation_editor_flush       (PolkuOrganisationEditor *self);

G_END_DECLS
