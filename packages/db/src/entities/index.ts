export * from './registry.js';
export * from './accounts.js';
import { Community, Department, Enterprise, ManagerAppointment, ProjectManager, Township } from './registry.js';
import { AuditLog, Session, User } from './accounts.js';

export const entities = [Township, Department, Enterprise, Community, ProjectManager, ManagerAppointment, User, Session, AuditLog];
