/* polku-provider-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-provider.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PROVIDER_EDITOR (polku_provider_editor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuProviderEditor, polku_provider_editor, POLKU, PROVIDER_EDITOR, GtkWidget)

GtkWidget     *polku_provider_editor_new          (void);
void           polku_provider_editor_set_provider (PolkuProviderEditor *self,
                                                   PolkuContext        *context,
                                                   PolkuProvider       *provider);
PolkuProvider *polku_provider_editor_get_provider (PolkuProviderEditor *self);
void           polku_provider_editor_focus_name   (PolkuProviderEditor *self);

G_END_DECLS
