/** The official directory of German councils (Destatis GV100AD) that onboarding checks keys and names against. */
package de.mosaik.admin.register;
